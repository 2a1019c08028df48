package org.inclusionhub.survey;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
class IntegratorContractTest extends org.inclusionhub.commons.testing.IntegratorContractTest {

    @Override
    protected List<String> publicReads() {
        return List.of("/api/v1/surveys", "/api/v1/surveys/erasmi-networks/statistics",
                "/api/v1/surveys/erasmi-networks/statistics/crosstab?rows=country&columns=network_type");
    }

    @Override
    protected String readWithParameter() {
        return "/api/v1/surveys/erasmi-networks/statistics?version=1";
    }
}
