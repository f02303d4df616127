package nl.tandem.monitoring;

import java.time.LocalDate;

/**
 * A zone recorded on a day, with the remark and who recorded it.
 */
public record ZoneRecordView(long id, Zone zone, LocalDate on, String remark, ZoneRecordedBy recordedBy, String by) {
}
