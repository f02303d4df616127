/**
 * Funder reports: documents in house style for the funder (a progress report per grant
 * period to begin with), checked for medical content before they are written and kept as
 * versions; and, later, the organisation's analytics and the anonymised research export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funder reports and analytics")
package nl.tandem.reporting;
