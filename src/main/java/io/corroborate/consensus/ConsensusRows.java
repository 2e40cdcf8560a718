package io.corroborate.consensus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;

/** The rows a run writes: one per fact, one per source. */
final class ConsensusRows {

    private ConsensusRows() {
    }

    @Entity(name = "FactRow")
    @Table(name = "fact_consensus")
    @IdClass(FactRow.Id.class)
    public static class FactRow extends PanacheEntityBase {
        @jakarta.persistence.Id
        @Column(name = "run_id")
        public Long runId;

        @jakarta.persistence.Id
        @Column(name = "fact_id")
        public Long factId;

        @JdbcTypeCode(SqlTypes.JSON)
        @Column(columnDefinition = "jsonb")
        public FactConsensus result;

        public record Id(Long runId, Long factId) implements Serializable {
            public Id() {
                this(null, null);
            }
        }
    }

    @Entity(name = "SourceRow")
    @Table(name = "source_reliability")
    @IdClass(SourceRow.Id.class)
    public static class SourceRow extends PanacheEntityBase {
        @jakarta.persistence.Id
        @Column(name = "run_id")
        public Long runId;

        @jakarta.persistence.Id
        @Column(name = "source_id")
        public Long sourceId;

        public double reliability;
        public int facts;
        @Column(name = "with_consensus")
        public int withConsensus;
        @Column(name = "against_consensus")
        public int againstConsensus;
        public int alone;
        @Column(name = "copy_weight")
        public double copyWeight;

        @JdbcTypeCode(SqlTypes.JSON)
        @Column(columnDefinition = "jsonb")
        public java.util.List<LikelyCopy> copies;

        public record Id(Long runId, Long sourceId) implements Serializable {
            public Id() {
                this(null, null);
            }
        }
    }
}
