package io.corroborate.compare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A curator's decision on a fact's conflict (see ReviewApi); outdated once the fact's claims change. */
@Entity
@Table(name = "conflict_review")
public class ConflictReview extends PanacheEntityBase {

    @Id
    @Column(name = "fact_id")
    public Long factId;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    public String reason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    public boolean outdated;

    @jakarta.persistence.Version
    public int version;

    /** The status the worklist goes by: a decision counts until the claims change. */
    public ReviewStatus effective() {
        return outdated ? ReviewStatus.OPEN : status;
    }
}
