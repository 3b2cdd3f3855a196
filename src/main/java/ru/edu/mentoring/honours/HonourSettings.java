package ru.edu.mentoring.honours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the department's documents of a municipality print: the department's name and its head. */
@Entity
@Table(name = "honour_settings")
class HonourSettings {

    @Id
    @Column(name = "municipality_id")
    private Long municipalityId;

    @Column(name = "department_name", nullable = false)
    private String departmentName;

    @Column(name = "head_position", nullable = false)
    private String headPosition;

    @Column(name = "head_name", nullable = false)
    private String headName;

    @Version
    private long version;

    protected HonourSettings() {}

    HonourSettings(long municipalityId, String departmentName, String headPosition, String headName) {
        this.municipalityId = municipalityId;
        set(departmentName, headPosition, headName);
    }

    void set(String departmentName, String headPosition, String headName) {
        this.departmentName = departmentName.strip();
        this.headPosition = headPosition.strip();
        this.headName = headName.strip();
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    String getDepartmentName() {
        return departmentName;
    }

    String getHeadPosition() {
        return headPosition;
    }

    String getHeadName() {
        return headName;
    }

    long getVersion() {
        return version;
    }
}
