-- Arabic words are indexed without their article, and the conjunction or
-- preposition joined to it (searchForm: "الإضراب" and "والإضراب" find
-- "إضراب"), so the index is emptied here and every article indexed again
-- in that spelling (migration 0009 does, see rebuildSearch).
INSERT INTO search (search) VALUES ('delete-all');
DELETE FROM search_text;
