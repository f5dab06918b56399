-- The Beijing date an action was withdrawn or closed: a court deadline that passed while the
-- action was open, without a response filed, stays counted as missed after it is closed.
-- Actions ended before this column existed keep no date (their deadline is left out, as before).
alter table legal_action add column ended_on date;
