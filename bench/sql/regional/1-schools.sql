select s.id, s.municipality_id, s.short_name, s.kind from schools_school_v s where s.municipality_id in (:ms) order by s.sort_key, s.id;
