package ru.edu.mentoring.regions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item of the region's school checklist (the Красноярский край form): its code (the label is the message
 * {@code regions.check.<code>}), where its answer comes from ({@link Source}) and whether it is a yes/no or a number.
 */
@Entity
@Table(name = "checklist_item")
class ChecklistItem {

    /** Where an item's value comes from: the portal's own records, or the school's answer. */
    enum Source {
        ANSWER,
        AUTO_DOC_ORDER,
        AUTO_DOC_REGULATION,
        AUTO_ROADMAP,
        AUTO_DOC_PROGRAMME,
        AUTO_CURATOR,
        AUTO_BASES,
        AUTO_PAIR_ORDERS,
        AUTO_PAIRS_COUNT
    }

    @Id
    private String code;

    @Column(nullable = false)
    private int position;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    @Column(nullable = false)
    private String kind;

    protected ChecklistItem() {}

    String getCode() {
        return code;
    }

    int getPosition() {
        return position;
    }

    Source getSource() {
        return source;
    }

    boolean isNumber() {
        return "NUMBER".equals(kind);
    }
}
