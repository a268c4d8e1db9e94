-- The opening of each article's text (its first sentences), kept for every article, matched or not, so that
-- `talkwatch topics try` judges a new topic on what `run` would read first, not on a headline alone.
ALTER TABLE article ADD COLUMN lead TEXT;
