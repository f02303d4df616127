-- The participant's own remark with a satisfaction score given in the portal, beside the
-- remark the coach records and the employer's own remark.
alter table satisfaction_rating add column participant_remark text;
