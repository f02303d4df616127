/**
 * The coaching plan (begeleidingsplan) of a trajectory: versions from draft to agreed,
 * goals with their progress, attention points, agreements on who does what, expectations,
 * the sign-off of participant, employer and coach, the tapering schedule of planned
 * sessions, the coaches' calendar feeds and the plan document.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coaching plan")
package nl.tandem.plan;
