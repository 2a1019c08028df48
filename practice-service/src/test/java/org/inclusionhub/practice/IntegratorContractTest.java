package org.inclusionhub.practice;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;

@QuarkusTest
class IntegratorContractTest extends org.inclusionhub.commons.testing.IntegratorContractTest {

    @Override
    protected List<String> publicReads() {
        return List.of("/api/v1/practices?size=5", "/api/v1/vocabularies");
    }

    @Override
    protected String readWithParameter() {
        return "/api/v1/practices?size=5";
    }
}
