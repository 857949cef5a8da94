package com.amrs.core;

import static org.assertj.core.api.Assertions.assertThat;

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
}
