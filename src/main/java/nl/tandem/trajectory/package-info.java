/**
 * The coaching trajectory from referral to closure: its lifecycle, coach, placements,
 * funding, context events, workplace assessment and the caseloads built on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trajectory")
package nl.tandem.trajectory;
