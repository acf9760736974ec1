/**
 * Times as the user reads them: one formatter (zone and locale as parameters) and the mapping from the Windows
 * time-zone names ARM uses in schedules to the IANA zones {@code java.time} knows.
 */
package dev.computedesk.domain.time;
