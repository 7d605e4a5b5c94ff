-- Offers can carry a margin class (low, standard, high ...) that objectives weigh.
alter table variant add column margin_class varchar(64);
