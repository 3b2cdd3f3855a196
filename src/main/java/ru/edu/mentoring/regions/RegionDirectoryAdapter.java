package ru.edu.mentoring.regions;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.edu.mentoring.accounts.RegionDirectory;
import ru.edu.mentoring.accounts.SchoolDirectory;
import ru.edu.mentoring.shared.NotFoundException;

/** Tells accounts the regions an administrator may choose and the municipalities of a region (read at login). */
@Component
class RegionDirectoryAdapter implements RegionDirectory {

    private final Regions regions;

    RegionDirectoryAdapter(Regions regions) {
        this.regions = regions;
    }

    @Override
    public List<SchoolDirectory.Option> regions() {
        regions.ensureRegions();
        return regions.all().stream().map(r -> new SchoolDirectory.Option(r.id(), r.name())).toList();
    }

    @Override
    public Set<Long> municipalitiesOf(long regionId) {
        try {
            return regions.region(regionId).municipalityIds();
        } catch (NotFoundException e) {
            return Set.of();
        }
    }
}
