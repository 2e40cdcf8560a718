package io.corroborate.compare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A fact's comparison as kept in PostgreSQL; replaced whenever a change of claims, quotes elsewhere in the story, entities or sources can alter it. */
@Entity
@Table(name = "fact_comparison")
public class StoredComparison extends PanacheEntityBase {

    @Id
    @Column(name = "fact_id")
    public Long factId;

    @Column(name = "story_id")
    public Long storyId;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    public int severity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "conflict_kinds", columnDefinition = "text[]")
    public List<String> conflictKinds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public FactComparison comparison;

    @Column(name = "computed_at", insertable = false, updatable = false)
    public Instant computedAt;

    /** Stands in for the comparison of a fact that was never compared yet: its first one is pending. */
    static StoredComparison pending(Long factId) {
        StoredComparison stored = new StoredComparison();
        stored.factId = factId;
        stored.verdict = Verdict.PENDING;
        stored.conflictKinds = List.of();
        stored.comparison = FactComparison.pending();
        return stored;
    }

    static StoredComparison of(Long factId, Long storyId, FactComparison comparison) {
        StoredComparison stored = new StoredComparison();
        stored.factId = factId;
        stored.storyId = storyId;
        stored.verdict = comparison.verdict();
        stored.severity = comparison.severity();
        stored.conflictKinds = comparison.conflictKinds().stream().map(Enum::name).toList();
        stored.comparison = comparison;
        return stored;
    }
}
