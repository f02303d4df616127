/**
 * Demo data for a first start, and a scale generator that fills the database with a
 * national-scale data set for measurements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package nl.tandem.demo;
