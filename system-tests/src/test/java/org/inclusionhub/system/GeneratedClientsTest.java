package org.inclusionhub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.inclusionhub.client.practice.ApiClient;
import org.inclusionhub.client.practice.ApiException;
import org.inclusionhub.client.practice.api.PracticesApi;
import org.inclusionhub.client.practice.model.Organisation;
import org.inclusionhub.client.practice.model.PracticeChangeList;
import org.inclusionhub.client.practice.model.PracticeContent;
import org.inclusionhub.client.practice.model.PracticeListResponse;
import org.inclusionhub.client.practice.model.PracticeResponse;
import org.inclusionhub.client.practice.model.SourceRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portal written against a Java client generated from practice-service's OpenAPI document (system-tests/pom.xml
 * generates one per service, with openapi-generator, from the document each service's build stores in
 * target/openapi/): the documented types carry real answers both ways, and a problem arrives with its status.
 */
class GeneratedClientsTest {

    private static RunningSystem system;

    @BeforeAll
    static void start() throws IOException {
        system = new RunningSystem();
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aPortalCreatesPublishesAndMirrorsAPracticeThroughTheGeneratedClient() throws ApiException {
        PracticesApi editor = new PracticesApi(client(RunningSystem.ADMIN_KEY));
        PracticesApi portal = new PracticesApi(client(null));
        String head = portal.practiceResourceChanges(null, null, null).getHead();

        PracticeResponse created = editor.practiceResourceCreate(new PracticeContent()
                .title("Leipzig welcome mentors").summary("Volunteers help newcomers find their way in the city.")
                .country("DE").city("Leipzig").scope(PracticeContent.ScopeEnum.LOCAL)
                .organisations(List.of(new Organisation().name("City of Leipzig").type(Organisation.TypeEnum.MUNICIPALITY)))
                .themes(List.of("language-learning")).targetGroups(List.of("refugees"))
                .source(new SourceRef().collection(SourceRef.CollectionEnum.DIRECT_SUBMISSION).reference("client-" + UUID.randomUUID())));
        assertThat(created.getStatus()).hasToString("draft");
        editor.practiceResourcePublish(created.getId(), null);

        PracticeListResponse found = portal.practiceResourceList(null, null, null, null, null, null, null, "Leipzig", null,
                null, 10, null, null, null, null, null, null, null, null);
        assertThat(found.getItems()).extracting(PracticeResponse::getTitle).contains("Leipzig welcome mentors");
        PracticeChangeList changes = portal.practiceResourceChanges(head, 100, null);
        assertThat(changes.getItems()).anySatisfy(c -> assertThat(c.getId()).isEqualTo(created.getId()));

        // archived: the feed's tombstone (practice null) reads through the generated types, which allow the null
        editor.practiceResourceArchive(created.getId(), null);
        PracticeChangeList after = portal.practiceResourceChanges(changes.getNext(), 100, null);
        assertThat(after.getItems()).anySatisfy(c -> {
            assertThat(c.getId()).isEqualTo(created.getId());
            assertThat(c.getPractice()).isNull();
            assertThat(c.getStatus()).hasToString("archived");
        });

        ApiException unauthorised = catchThrowableOfType(ApiException.class,
                () -> portal.practiceResourcePublish(created.getId(), null));
        assertThat(unauthorised.getCode()).isEqualTo(401);
        assertThat(unauthorised.getResponseBody()).contains("/problems/unauthorized");
    }

    private static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(system.url("practice", ""));
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }
}
