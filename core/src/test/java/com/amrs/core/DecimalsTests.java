package com.amrs.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTests {

    @Test
    void roundsHalfUpToTwoDecimals() {
        assertThat(Decimals.round2(3.666666)).isEqualTo(3.67);
        assertThat(Decimals.round2(0.125)).isEqualTo(0.13);
        assertThat(Decimals.round2(-0.125)).isEqualTo(-0.13);
    }

    @Test
    void forgivesTheErrorOfADoubleSum() {
        assertThat(Decimals.round2(22.689999999999998)).isEqualTo(22.69);
        assertThat(Decimals.round2(1.0049999999996)).isEqualTo(1.01);
    }

    @Test
    void roundsToFewerDecimalsByTheSameRule() {
        assertThat(Decimals.round(93.45, 1)).isEqualTo(93.5);
        assertThat(Decimals.round(1.0499999999996, 1)).isEqualTo(1.1);
    }

    @Test
    void dividesExactlyBeforeRounding() {
        assertThat(Decimals.divide2(new BigDecimal("200"), new BigDecimal("3"))).isEqualByComparingTo("66.67");
        assertThat(Decimals.round2(new BigDecimal("0.125"))).isEqualTo(0.13);
    }
}
