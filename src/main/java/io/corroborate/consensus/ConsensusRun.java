package io.corroborate.consensus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Optional;

/** One finished truth-discovery run over the claims of one story. */
@Entity
@Table(name = "consensus_run")
public class ConsensusRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "story_id")
    public Long storyId;

    @Enumerated(EnumType.STRING)
    public ConsensusStrategy strategy;

    /** Fingerprint of the story's claims the run was computed from. */
    public String input;

    @Column(name = "computed_at", insertable = false, updatable = false)
    public Instant computedAt;

    public int iterations;

    /** The largest change of a source's reliability or of a pair of sources' probability of copying in the last iteration. */
    public double residual;

    public boolean converged;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public ConsensusParams params;

    static Optional<ConsensusRun> latest(long storyId, ConsensusStrategy strategy) {
        return find("storyId = ?1 and strategy = ?2 order by id desc", storyId, strategy).firstResultOptional();
    }
}
