package io.corroborate.consensus;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The service's configured defaults are the parameters the plain-Java solvers and the benchmark searches use. */
@QuarkusTest
class ConsensusConfigTest {

    @Inject
    ConsensusConfig config;

    @Test
    void theConfiguredDefaultsAreTheChosenParameters() {
        assertEquals(ConsensusParams.DEFAULT, config.params());
        assertEquals(Closeness.DEFAULT, config.closeness());
    }
}
