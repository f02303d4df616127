/**
 * Monitoring and early warning: the work-values check-in (capability set), balance and
 * load check-ins, the early-warning plan and its zones, context events and the
 * intensification they may call for, the working alliance, phase-out readiness and the
 * signals that bring all of these to the coach's attention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring and early warning")
package nl.tandem.monitoring;
