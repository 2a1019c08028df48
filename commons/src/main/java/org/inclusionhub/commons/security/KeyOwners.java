package org.inclusionhub.commons.security;

import java.util.Optional;

/**
 * What a service knows about who may hold a key of a role: survey-service refuses a partner key for a partner it
 * has not registered (whose responses would be stored under an owner no partner list shows). Without a bean of
 * this type, any owner is taken.
 */
public interface KeyOwners {

    /** Why {@code owner} cannot hold a key of {@code role} (the message of a violation on owner); empty when it can. */
    Optional<String> refusal(String role, String owner);
}
