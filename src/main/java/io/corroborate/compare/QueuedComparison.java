package io.corroborate.compare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fact whose comparison a change has made outdated; written by database triggers, removed once settled. */
@Entity
@Table(name = "comparison_queue")
public class QueuedComparison extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "fact_id")
    public Long factId;

    @Column(name = "story_id")
    public Long storyId;
}
