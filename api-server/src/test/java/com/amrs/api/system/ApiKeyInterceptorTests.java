package com.amrs.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class ApiKeyInterceptorTests {

    @Test
    void refusesEveryWriteWhileNoKeyIsSet() {
        var interceptor = new ApiKeyInterceptor(api(null));

        assertThatThrownBy(() -> interceptor.preHandle(post("anything"), new MockHttpServletResponse(), this))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.WRITES_DISABLED);
                    assertThat(e.type().status().value()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("Writes are disabled", "API_KEY");
                });
    }

    @Test
    void refusesAMissingOrWrongKey() {
        var interceptor = new ApiKeyInterceptor(api("secret"));

        assertThatThrownBy(() -> interceptor.preHandle(post(null), new MockHttpServletResponse(), this))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAUTHORIZED));
        assertThatThrownBy(() -> interceptor.preHandle(post("Secret"), new MockHttpServletResponse(), this))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.UNAUTHORIZED));
    }

    @Test
    void letsTheRightKeyAndEveryReadThrough() {
        var interceptor = new ApiKeyInterceptor(api("secret"));

        assertThat(interceptor.preHandle(post("secret"), new MockHttpServletResponse(), this))
                .isTrue();
        assertThat(new ApiKeyInterceptor(api(null))
                        .preHandle(new MockHttpServletRequest("GET", "/api/kpis"), new MockHttpServletResponse(), this))
                .isTrue();
    }

    private static MockHttpServletRequest post(String key) {
        var request = new MockHttpServletRequest("POST", "/api/production");
        if (key != null) {
            request.addHeader(ApiKeyInterceptor.HEADER, key);
        }
        return request;
    }

    private static AmrsProperties.Api api(String key) {
        return new AmrsProperties.Api(
                Duration.ofSeconds(5),
                "opc.tcp://localhost:4840/freeopcua/server/",
                key,
                Path.of("reports"),
                10,
                List.of(),
                new AmrsProperties.Collector(true, 5, Duration.ofSeconds(2), 2, Duration.ofSeconds(5)),
                new AmrsProperties.Live(
                        Duration.ofSeconds(5),
                        DataSize.ofKilobytes(512),
                        Duration.ofSeconds(20),
                        Duration.ofSeconds(10)),
                new AmrsProperties.Dashboard(null, 8080));
    }
}
