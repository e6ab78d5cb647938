"""Given names that tell a person's gender, for resolving "he" and "she".

News introduces a person by full name once and then writes "he" or "she";
when no pronoun or role word near the first mention says which, the given
name usually does. Only names that English-language news almost always
gives to one gender are listed: names shared by both (Jordan, Taylor, Alex,
Kelly, Robin, Jean, Andrea, Nicola, Kim, ...) are left out, so an unlisted
name simply leaves the gender open, as before.
"""

from __future__ import annotations

from reader.analysis.lexicon import words

FEMALE_NAMES = words(
    """
    abigail ada adele adriana agnes aileen alexandra alexis alice alicia alison
    amanda amber amelia amy ana angela angelina anita ann anna anne annette
    antonia april arlene audrey barbara beatrice becky belinda bernadette
    beth betsy betty beverly bonnie brenda bridget brittany camila candace
    carla carly carmen carol carole caroline carolyn catherine cathy cecilia
    charlene charlotte cheryl chloe christina christine cindy claire clara
    claudia colleen connie constance cristina cynthia daisy daniela danielle
    daphne darlene deborah debbie debra denise diana diane dolores donna
    doris dorothy edith eileen elaine eleanor elena elise eliza elizabeth
    ella ellen eloise elsa emily emma erica erin esther eugenia eva
    felicity fiona florence frances gabriela gabrielle gail genevieve georgia
    geraldine gillian gina giselle gloria grace gretchen gwen hannah harriet
    hazel heather heidi helen helena hillary holly ida ilhan imelda
    ingrid irene iris isabel isabella jacqueline jane janet janice jasmine
    jeanne jeannette jennifer jenny jessica jill joan joanna joanne jocelyn
    josephine joyce judith judy julia juliana julie juliet justine karen
    katherine kathleen kathryn kathy katie katrina kayla kimberly kirsten
    kristen kristin laura lauren leah lena linda lisa lois loretta
    lorraine louise lucia lucy lydia madeleine madeline maggie mallory
    marcia margaret margarita maria mariana marie marilyn marina marjorie
    marlene martha mary maureen maxine megan melania melanie melinda melissa
    mercedes meredith michele michelle mildred miranda miriam molly monica
    muriel nadia nancy naomi natalie natasha nicole nikki nina nora norma
    olga olivia paige pamela patricia paula pauline peggy penelope penny
    phyllis priscilla rachel rebecca regina renee rita roberta rosa rosalind
    rose rosemary ruth sabrina samantha sandra sara sarah sheila sharon
    shirley silvia sofia sonia sophia sophie stella stephanie susan susanna
    suzanne sylvia tamara tammy teresa theresa tiffany tina ursula
    valerie vanessa vera veronica victoria violet virginia wanda
    wendy whitney yolanda yvonne zoe
    """
)

MALE_NAMES = words(
    """
    aaron abraham adam adrian ahmed alan albert alberto alejandro alexander
    alfred alistair allen alvin andre andreas andrew angus anthony antonio
    arnold arthur barack barry ben benjamin bernard bernie bill billy bob
    bobby boris brad bradley brandon brendan brent brett brian bruce bryan
    byron calvin carl carlos cecil chad charles charlie chester christopher
    chuck clarence claude clayton clifford clint clyde colin conor craig
    curtis dale damian daniel darren darryl dave david dean dennis derek
    dick diego dmitry don donald douglas duncan dwight earl eddie edgar
    eduardo edward edwin elijah elliot emmanuel enrique eric erik ernest
    eugene evan felix fernando floyd francis francisco frank franklin fred
    frederick gabriel gareth gary gavin geoffrey george gerald gilbert glenn
    gordon graham greg gregory gustavo guy harold harry harvey hector henry
    herbert howard hugh hugo ian igor isaac ivan jack jacob jake james jared
    jason javier jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe
    joel john johnny jon jonathan jorge jose joseph joshua juan julian
    justin karl keith ken kenneth kevin kurt kyle lamar lance larry lawrence
    leo leon leonard leroy lewis lloyd lorenzo louis luis luke
    malcolm manuel marco marcus mario mark marshall martin marvin matt
    matthew maurice max michael miguel mike milton mitch mitchell mohammed
    muhammad nathan nathaniel neil nelson nicholas nick nigel noah norman
    oliver omar oscar otto owen pablo patrick paul pedro peter philip
    phillip rafael ralph ramon randall randy raul ray raymond reginald reince
    ricardo richard rick ricky rob robert roberto rodney roger roland ron
    ronald ross roy rudolph rudy russell ryan salvador sam samuel scott
    sean sergei sergio seth shane sheldon simon stanley stephen
    steve steven stuart ted terrence theodore thomas tim timothy todd tom
    tommy tony travis trevor troy tyler victor vince vincent vladimir wallace
    walter warren wayne wesley wilbur willard william willie wilson xavier
    yusuf zachary
    """
)


def gender_of_given_name(name: str) -> str | None:
    """ "f" or "m" when the first word of a full name is a listed given name."""
    first, _, rest = name.partition(" ")
    if not rest:
        return None  # a surname alone says nothing
    low = first.lower()
    if low in FEMALE_NAMES:
        return "f"
    if low in MALE_NAMES:
        return "m"
    return None
