/** Shared kernel: errors, paging, formatting, the database bootstrap and the web shell used by every module. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ru.edu.mentoring.shared;
