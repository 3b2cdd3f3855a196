package ru.edu.mentoring.schools;

import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.edu.mentoring.web.CacheConfig;

/**
 * The schools' summaries (school, municipality name, current curator) by id, for the pages that check a school on
 * every request, kept in the {@link CacheConfig#SCHOOL_SUMMARIES} cache. Only the school's data is kept: whether a user
 * may read it is decided on every call by {@link Schools#find} (against the school's id and municipality, which a
 * school never changes, so a kept summary cannot widen anyone's scope). Emptied by {@link SchoolChanges}. The same
 * holds for a municipality's list of summaries ({@link #ofMunicipality}): the user's scope picks the municipality.
 */
@Component
class SchoolSummaries {

    private final SchoolRepository schools;
    private final Schools summaries;

    SchoolSummaries(SchoolRepository schools, @Lazy Schools summaries) {
        this.schools = schools;
        this.summaries = summaries;
    }

    /** The summary of the school, or null for an unknown id (not kept). */
    @Cacheable(cacheNames = CacheConfig.SCHOOL_SUMMARIES, unless = "#result == null")
    @Transactional(readOnly = true)
    public SchoolSummary byId(long schoolId) {
        return schools.findById(schoolId).map(s -> summaries.summaries(List.of(s)).get(0)).orElse(null);
    }

    /**
     * Every school of a municipality as summaries, sorted naturally by short name: the list a department user or a
     * methodologist sees on several pages of every visit. Kept in the same cache under the municipality's own key, so
     * the same changes empty it ({@link SchoolChanges}).
     */
    @Cacheable(cacheNames = CacheConfig.SCHOOL_SUMMARIES, key = "'municipality:' + #municipalityId")
    @Transactional(readOnly = true)
    public List<SchoolSummary> ofMunicipality(long municipalityId) {
        return summaries.readOfMunicipality(municipalityId);
    }

    /** Every municipality with its region's name and school count, by name; kept like the rest. */
    @Cacheable(cacheNames = CacheConfig.SCHOOL_SUMMARIES, key = "'municipalities'")
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> municipalities() {
        return summaries.readMunicipalities();
    }
}
