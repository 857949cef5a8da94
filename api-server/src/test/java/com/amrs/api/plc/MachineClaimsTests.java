package com.amrs.api.plc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MachineClaimsTests {

    private final MachineClaims claims = new MachineClaims();

    @Test
    void aPlcMayClaimItsOwnMachinesAgainAfterAReconnect() throws Exception {
        claims.claim("sim", List.of("OPC-UA-M1", "OPC-UA-M2"));

        claims.claim("sim", List.of("OPC-UA-M1", "OPC-UA-M2", "OPC-UA-M3"));
    }

    @Test
    void refusesMachinesAnotherPlcHasAndClaimsNoneOfThem() throws Exception {
        claims.claim("sim", List.of("OPC-UA-M1", "OPC-UA-M2"));

        assertThatThrownBy(() -> claims.claim("sim2", List.of("OPC-UA-M2", "OPC-UA-M9")))
                .isInstanceOfSatisfying(PlcConnectException.class, e -> {
                    assertThat(e.state()).isEqualTo(PlcState.MISCONFIGURED);
                    assertThat(e.getMessage()).contains("[OPC-UA-M2]").contains("PLC sim already");
                });
        claims.claim("sim3", List.of("OPC-UA-M9"));
    }
}
