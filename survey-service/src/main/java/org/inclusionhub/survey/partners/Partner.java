package org.inclusionhub.survey.partners;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A partner organisation that submits responses by API; its keys carry the role partner and its code as owner. */
@Entity
@Table(name = "partner")
public class Partner extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "created_at")
    public Instant createdAt;
}
