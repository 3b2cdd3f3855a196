select c.school_id, c.year, c.students from schools_student_count_v c join schools_school_v s on s.id = c.school_id where s.municipality_id in (:ms) and c.year between :from and :to;
