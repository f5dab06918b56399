-- Deadlines no longer copy the case's counsellor (decision 017): lists, reminders and figures
-- join case_file for the counsellor now, so a reassignment has nothing to catch up with.
-- deadline_open_all_idx (due_on, open rows) serves the lists.
drop index deadline_open_idx;
alter table deadline drop column counsellor;
