package com.amrs.core.downtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonCatalogueTests {

    private final ReasonCatalogue catalogue = ReasonCatalogue.defaults();

    @Test
    void givesAKnownFaultCodeItsReasonAndEveryOtherCodeUnassigned() {
        assertThat(catalogue.ofFault(101)).isEqualTo(new StopReason(101, "Jam at infeed", StopCategory.UNPLANNED));
        assertThat(catalogue.ofFault(801).planned()).isTrue();
        assertThat(catalogue.ofFault(0)).isEqualTo(StopReason.UNASSIGNED);
        assertThat(catalogue.ofFault(null)).isEqualTo(StopReason.UNASSIGNED);
        assertThat(catalogue.ofFault(999)).isEqualTo(StopReason.UNASSIGNED);
        assertThat(StopReason.UNASSIGNED.category()).isEqualTo(StopCategory.UNPLANNED);
    }

    @Test
    void refusesACodeListedTwiceAReasonWithoutCodeAndABadText() {
        var jam = new StopReason(101, "Jam", StopCategory.UNPLANNED);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReasonCatalogue(List.of(jam, jam)))
                .withMessage("reason code 101 is listed twice");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReasonCatalogue(List.of(StopReason.UNASSIGNED)))
                .withMessageContaining("needs a code above 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StopReason(0, "Jam", StopCategory.UNPLANNED))
                .withMessageContaining("above 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StopReason(7, "x".repeat(129), StopCategory.UNPLANNED))
                .withMessageContaining("1 to 128 characters");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> StopCategory.parse("maybe"))
                .withMessage("a stop category is planned or unplanned, was maybe");
    }
}
