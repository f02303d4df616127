package nl.tandem.monitoring.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.tandem.identity.CurrentUser;
import nl.tandem.monitoring.BalanceItem;
import nl.tandem.monitoring.CheckIns;
import nl.tandem.monitoring.WorkValueMoment;
import nl.tandem.trajectory.TrajectoryDetails;
import nl.tandem.trajectory.TrajectorySection;

import org.springframework.stereotype.Component;

/**
 * Monitoring on the trajectory page, for the trajectory's coach alone: the latest
 * capability set and its discrepancies, the balance and load trend, the working alliance
 * and the check-ins that are due, with the way to each questionnaire and history.
 */
@Component
class CheckInSection implements TrajectorySection {

	private final CheckIns checkIns;

	private final CheckInCharts charts;

	CheckInSection(CheckIns checkIns, CheckInCharts charts) {
		this.checkIns = checkIns;
		this.charts = charts;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public String fragment() {
		return "monitoring/checkins/section :: checkins";
	}

	@Override
	public Optional<Map<String, Object>> model(CurrentUser user, TrajectoryDetails trajectory) {
		return this.checkIns.overview(user, trajectory).map(overview -> {
			Map<String, Object> model = new HashMap<>();
			model.put("trajectory", trajectory);
			model.put("overview", overview);
			model.put("mayRecord", trajectory.phase().isOpen());
			model.put("balanceItems", BalanceItem.values());
			model.put("nextMoment", overview.workValues() == null ? WorkValueMoment.INTAKE : WorkValueMoment.OTHER);
			model.put("balanceChart",
					overview.balanceTrend().size() > 1 ? this.charts.balance(overview.balanceTrend()) : null);
			return model;
		});
	}

}
