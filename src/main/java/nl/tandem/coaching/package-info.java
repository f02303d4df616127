/**
 * Coaching sessions and the logbook: held, cancelled and missed sessions, the work on
 * goals, notes with their visibility, learning moments, action items, and the time
 * entries behind the hours that funders pay.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching sessions and logbook")
package nl.tandem.coaching;
