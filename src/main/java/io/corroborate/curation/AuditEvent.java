package io.corroborate.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One entry of the append-only audit log (the database refuses updates and deletes). */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_event")
@Name("Change")
@Description("One change in the audit log: who did what to which item, when, with the item before and after.")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_ids")
    @SequenceGenerator(name = "audit_ids", sequenceName = "audit_event_id_seq", allocationSize = 50)
    @Ignore
    public Long id;

    @Column(insertable = false, updatable = false)
    @Description("When the change was made.")
    @org.eclipse.microprofile.graphql.NonNull
    public Instant at;

    @Description("Who made it (user name).")
    @org.eclipse.microprofile.graphql.NonNull
    public String actor;

    @Description("What was done, e.g. ADD_CLAIM, EDIT_CLAIM, RETRACT_CLAIM, MERGE_FACTS, IMPORT_CLAIMS.")
    @org.eclipse.microprofile.graphql.NonNull
    public String action;

    @Column(name = "target_type")
    @Description("The kind of item changed: SOURCE, STORY, ENTITY, FACT, CLAIM or USER.")
    @org.eclipse.microprofile.graphql.NonNull
    public String targetType;

    @Column(name = "target_key")
    @Description("The id of the item changed.")
    @org.eclipse.microprofile.graphql.NonNull
    public String targetId;

    @Column(name = "fact_key")
    @Description("The fact the change concerns, for facts and claims; null otherwise.")
    public String factId;

    @Ignore
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode before;

    @Ignore
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode after;

    @Name("before")
    @Description("The item before the change, as JSON; null when it was created by the change.")
    public String getBeforeJson() {
        return before == null ? null : before.toString();
    }

    @Name("after")
    @Description("The item after the change, as JSON.")
    public String getAfterJson() {
        return after == null ? null : after.toString();
    }
}
