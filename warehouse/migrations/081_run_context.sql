-- Which Prefect flow run a pipeline run was, and how it ran (links ops.runs to the Prefect UI).
alter table ops.runs add column if not exists flow_run_id varchar;
alter table ops.runs add column if not exists full_refresh boolean default false;
alter table ops.runs add column if not exists task_runner varchar;
