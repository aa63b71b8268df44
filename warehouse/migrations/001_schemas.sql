-- The five layers of the warehouse.
create schema if not exists raw;
create schema if not exists staging;
create schema if not exists curated;
create schema if not exists quality;
create schema if not exists ops;
