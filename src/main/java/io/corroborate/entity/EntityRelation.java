package io.corroborate.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "entity_relation")
@Name("EntityRelation")
@Description("A typed, directed relation between two entities, e.g. Sergei Lavrov HEADS the Russian Foreign Ministry."
        + " The comparison rules use relations: an answer naming a part of what another names is more specific, not"
        + " contradicting; a quote attributed to a person and to the body he heads or speaks for is one attribution.")
public class EntityRelation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @Ignore
    @Column(name = "subject_id")
    public Long subjectId;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Description("How the subject stands to the object.")
    public RelationKind kind;

    @Ignore
    @Column(name = "object_id")
    public Long objectId;

    @Description("Since when the relation holds, when the sources say; null when unknown.")
    public LocalDate since;

    @Description("Until when it held, when it has ended; null while it holds or when unknown.")
    public LocalDate until;

    @Description("A curator's remark, e.g. the article that states the relation.")
    public String note;

    @NonNull
    @Column(name = "curated_by")
    @Description("Who recorded the relation.")
    public String curatedBy;

    @NonNull
    @Column(name = "curated_at", insertable = false, updatable = false)
    @Description("When it was recorded.")
    public Instant curatedAt;
}
