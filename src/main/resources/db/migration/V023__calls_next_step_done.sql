-- A call's agreed next step can be marked done on a date (decision 017: until now only a
-- follow-up call counted as doing it). A corrected step or due date clears the mark.
alter table call_log add column next_step_done_on date;
