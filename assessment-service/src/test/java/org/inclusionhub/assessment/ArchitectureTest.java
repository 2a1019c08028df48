package org.inclusionhub.assessment;

import org.inclusionhub.commons.testing.ServiceArchitectureTest;

/** The shape of assessment-service, by the rules all three services share. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.inclusionhub.assessment");
    }
}
