package org.inclusionhub.practice;

import org.inclusionhub.commons.testing.ServiceArchitectureTest;

/** The shape of practice-service, by the rules all three services share. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("org.inclusionhub.practice");
    }
}
