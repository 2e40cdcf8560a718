package io.corroborate.consensus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A story whose claims changed since its latest consensus run (written by triggers, V14). */
@Entity
@Table(name = "consensus_change")
public class ConsensusChange extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "story_id")
    public Long storyId;
}
