package ru.edu.mentoring.roadmaps;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.accounts.CurrentUser;
import ru.edu.mentoring.accounts.Role;
import ru.edu.mentoring.roadmaps.RoadmapViews.MunicipalMeasureView;
import ru.edu.mentoring.roadmaps.RoadmapViews.SectionView;
import ru.edu.mentoring.shared.NotFoundException;
import ru.edu.mentoring.shared.StaleVersionException;

/** The municipal roadmap: read by everyone of the municipality (and the region), edited by the department. */
@Service
public class MunicipalRoadmaps {

    /** A measure of the municipal roadmap as demo data or the department's form gives it (the command). */
    public record Row(String number, String title, String deadlineText, LocalDate dueFrom, LocalDate dueTo,
            String responsibleMunicipal, String responsibleSchool) {}

    private final MunicipalSectionRepository sections;
    private final MunicipalMeasureRepository measures;

    MunicipalRoadmaps(MunicipalSectionRepository sections, MunicipalMeasureRepository measures) {
        this.sections = sections;
        this.measures = measures;
    }

    @Transactional(readOnly = true)
    public boolean exists(long municipalityId) {
        return sections.existsByMunicipalityId(municipalityId);
    }

    /** Adds a section with its measures at the end of the municipality's roadmap (demo data). */
    @Transactional
    public void addSection(long municipalityId, String number, String title, String deadlineText, List<Row> rows) {
        int position = sections.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId).size() + 1;
        MunicipalSection section = sections.save(
                new MunicipalSection(municipalityId, position, number, title, deadlineText));
        int i = 0;
        for (Row r : rows) {
            measures.save(new MunicipalMeasure(section.getId(), ++i, r));
        }
    }

    static boolean reads(CurrentUser user, long municipalityId) {
        return user.readsMunicipality(municipalityId) || Objects.equals(user.municipalityId(), municipalityId);
    }

    static boolean edits(CurrentUser user, long municipalityId) {
        return user.has(Role.DEPARTMENT) && Objects.equals(user.municipalityId(), municipalityId);
    }

    void requireEditor(CurrentUser user, long municipalityId) {
        if (!reads(user, municipalityId)) {
            throw new NotFoundException();
        }
        if (!edits(user, municipalityId)) {
            throw new AccessDeniedException("read only");
        }
    }

    @Transactional(readOnly = true)
    List<SectionView> sections(long municipalityId) {
        List<MunicipalSection> list = sections.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId);
        Map<Long, List<MunicipalMeasure>> bySection = measures
                .findBySectionIdInOrderByPositionAscIdAsc(list.stream().map(MunicipalSection::getId).toList())
                .stream().collect(Collectors.groupingBy(MunicipalMeasure::getSectionId));
        return list.stream().map(s -> new SectionView(s.getId(), s.getNumber(), s.getTitle(), s.getDeadlineText(),
                bySection.getOrDefault(s.getId(), List.of()).stream().map(m -> new MunicipalMeasureView(m.getId(),
                        m.getNumber(), m.getTitle(), m.getDeadlineText(), m.getDueFrom(), m.getDueTo(),
                        m.getResponsibleMunicipal(), m.getResponsibleSchool())).toList())).toList();
    }

    @Transactional
    void createSection(CurrentUser user, long municipalityId, String number, String title, String deadlineText) {
        requireEditor(user, municipalityId);
        addSection(municipalityId, number, title, deadlineText, List.of());
    }

    /** The measure with its municipality, for an editor of that municipality. */
    @Transactional(readOnly = true)
    MunicipalMeasure editable(CurrentUser user, long measureId) {
        MunicipalMeasure m = measures.findById(measureId).orElseThrow(NotFoundException::new);
        requireEditor(user, municipalityOfSection(m.getSectionId()));
        return m;
    }

    long municipalityOfSection(long sectionId) {
        return sections.findById(sectionId).orElseThrow(NotFoundException::new).getMunicipalityId();
    }

    /** Whether the section belongs to the municipality (a form may name only its own sections). */
    boolean sectionOf(Long sectionId, long municipalityId) {
        return sectionId != null
                && sections.findById(sectionId).map(s -> s.getMunicipalityId() == municipalityId).orElse(false);
    }

    @Transactional
    void createMeasure(CurrentUser user, long municipalityId, long sectionId, Row row) {
        requireEditor(user, municipalityId);
        int position = (int) measures.countBySectionId(sectionId) + 1;
        measures.save(new MunicipalMeasure(sectionId, position, row));
    }

    @Transactional
    long updateMeasure(CurrentUser user, long measureId, Long version, long sectionId, Row row) {
        MunicipalMeasure m = editable(user, measureId);
        if (version == null || version != m.getVersion()) {
            throw new StaleVersionException(m.getVersion());
        }
        long municipality = municipalityOfSection(m.getSectionId());
        m.update(sectionId, row);
        measures.save(m);
        return municipality;
    }

    @Transactional
    long deleteMeasure(CurrentUser user, long measureId, Long version) {
        MunicipalMeasure m = editable(user, measureId);
        if (version == null || version != m.getVersion()) {
            throw new StaleVersionException(m.getVersion());
        }
        long municipality = municipalityOfSection(m.getSectionId());
        measures.delete(m);
        return municipality;
    }

    List<MunicipalSection> sectionEntities(long municipalityId) {
        return sections.findByMunicipalityIdOrderByPositionAscIdAsc(municipalityId);
    }
}
