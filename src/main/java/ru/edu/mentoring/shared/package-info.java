/** Shared kernel: values and rules every module uses (academic years, names, plain text, dates, natural order, the
 * change log's marks, «not found» and «stale version»); no web or infrastructure code (that is {@code web}). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.edu.mentoring.shared;
