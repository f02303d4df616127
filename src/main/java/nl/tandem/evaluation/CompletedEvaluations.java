package nl.tandem.evaluation;

import nl.tandem.trajectory.EvaluationGate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the trajectory module whether a trajectory's evaluation was completed, so that it
 * closes with "goals reached" only then. It reads this module's table alone, so that the
 * trajectory module, which every other service here builds on, does not wait for them.
 */
@Component
class CompletedEvaluations implements EvaluationGate {

	private final JdbcClient jdbc;

	CompletedEvaluations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean hasCompletedEvaluation(long organisationId, long trajectoryId) {
		return this.jdbc.sql("""
				select exists (select 1 from evaluation
				  where organisation_id = :organisation and trajectory_id = :trajectory and status = 'COMPLETED')
				""")
			.param("organisation", organisationId)
			.param("trajectory", trajectoryId)
			.query(Boolean.class)
			.single();
	}

}
