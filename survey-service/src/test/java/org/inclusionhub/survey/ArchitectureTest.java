package org.inclusionhub.survey;

import org.inclusionhub.commons.testing.ServiceArchitectureTest;

/** The shape of survey-service, by the rules all three services share. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.inclusionhub.survey");
    }
}
