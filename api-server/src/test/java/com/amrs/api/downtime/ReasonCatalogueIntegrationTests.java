package com.amrs.api.downtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amrs.api.support.RestIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** {@code GET /api/downtime/reasons}: the catalogue a stop's reason is picked from (DESIGN.md §14). */
class ReasonCatalogueIntegrationTests extends RestIntegrationTest {

    @Test
    void listsTheReasonsOfTheCatalogueInItsOrderWithTheirCategoryWithoutAnApiKey() {
        var json = assertThat(mvc.get().uri("/api/downtime/reasons"))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_JSON)
                .bodyJson();

        json.extractingPath("$[*].code").asArray().containsExactly(101, 204, 317, 422, 509, 613, 801, 802);
        json.extractingPath("$[0].reason").isEqualTo("Jam at infeed");
        json.extractingPath("$[0].category").isEqualTo("unplanned");
        json.extractingPath("$[7].reason").isEqualTo("Planned maintenance");
        json.extractingPath("$[7].category").isEqualTo("planned");
    }
}
