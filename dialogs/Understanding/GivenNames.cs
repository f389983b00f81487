namespace LeadBot.Dialogs.Understanding;

/// <summary>
/// Common given names of the people who write to the bot (German-speaking countries, English-speaking ones and the
/// names most often met beside them), folded as <see cref="FoldedText"/> folds words. A message that opens with two or
/// three words in small letters ("kate williams, bright solutions ltd. …") carries nothing else that marks them as a
/// name; a common given name as the first of them does. Names that are also everyday words in either language ("will",
/// "may", "max", "till", "ernst", "grace", "jo") are left out: they begin too many sentences.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        // German, Austrian, Swiss
        "thomas", "michael", "andreas", "stefan", "stephan", "christian", "markus", "marcus", "martin", "peter", "klaus",
        "juergen", "jurgen", "uwe", "wolfgang", "dieter", "guenter", "gunter", "horst", "manfred", "bernd", "ralf", "rolf",
        "joerg", "jorg", "dirk", "holger", "sven", "jens", "lars", "kai", "tobias", "florian", "sebastian", "daniel", "david",
        "jan", "tim", "tom", "lukas", "lucas", "jonas", "leon", "felix", "maximilian", "moritz", "paul", "philipp", "phillip",
        "simon", "julian", "fabian", "dominik", "patrick", "marco", "mario", "matthias", "mathias", "johannes", "benjamin",
        "alexander", "niklas", "nicolas", "nico", "marcel", "kevin", "dennis", "sascha", "oliver", "torsten", "thorsten",
        "carsten", "karsten", "heiko", "olaf", "axel", "armin", "georg", "hans", "heinz", "karl", "carl", "otto", "walter",
        "werner", "gerhard", "helmut", "rainer", "reiner", "norbert", "harald", "volker", "hartmut", "ulrich", "ulf", "detlef",
        "gerd", "jochen", "joachim", "achim", "hubert", "josef", "sepp", "franz", "anton", "alois", "xaver", "bastian",
        "christoph", "christopher", "steffen", "rene", "robert", "roland", "rudolf", "reinhard", "richard", "erik", "eric",
        "konstantin", "constantin", "leonard", "elias", "noah", "finn", "ben", "luis", "louis", "henry", "emil", "oskar",
        "oscar", "theo", "jakob", "jacob", "vincent", "valentin", "samuel", "raphael", "rafael", "adrian", "lennart", "malte",
        "hendrik", "henrik", "jannik", "yannick", "mats", "nils", "ole", "timo", "andre", "hannes", "kilian", "korbinian",
        "quirin", "benedikt", "ferdinand", "leopold", "lorenz", "vinzenz", "urs", "reto", "ueli", "luca", "gian", "jonathan",
        "manuel", "emanuel", "ingo", "gregor", "frederik", "friedrich", "fritz", "wilhelm", "willi", "heinrich", "hermann",
        "kurt", "gustav", "bruno", "arne", "bjoern", "bjorn", "knut", "torben", "mirko", "marko", "jakub", "lennard",
        "thilo", "tilo", "tilman", "sandro", "silvio", "enrico", "ronny", "mike", "maik", "meik", "dietmar", "siegfried",
        "eckhard", "burkhard", "gottfried", "lothar", "egon", "erwin", "alfred", "ewald", "edgar", "ruediger",
        // older and southern German and Austrian names, met as the given name of a surname written first ("Brandstätter Johann")
        "johann", "ludwig", "konrad", "bernhard", "leonhard", "eberhard", "rupert", "engelbert", "reinhold", "gernot",
        "herwig", "wolfram", "friedhelm", "wilfried", "helmuth", "berthold", "gebhard", "kaspar", "alfons", "hubertus",
        "erich", "karlheinz", "hansjoerg", "hanspeter", "klemens", "clemens", "theresia", "gertrud", "roswitha", "gerlinde",
        "hertha", "traudl", "christa", "ingeborg", "margarete", "marlies", "kathi", "leni",
        "sabine", "sandra", "nicole", "stefanie", "stephanie", "melanie", "katrin", "kathrin", "claudia", "susanne", "petra",
        "monika", "andrea", "birgit", "ute", "heike", "anja", "tanja", "silke", "julia", "lisa", "laura", "sarah", "sara",
        "lea", "leah", "jana", "nina", "vanessa", "jessica", "jennifer", "christina", "kristina", "franziska", "johanna",
        "carina", "svenja", "jasmin", "yasmin", "miriam", "maren", "marion", "angelika", "gabriele", "renate", "ingrid",
        "ursula", "brigitte", "karin", "barbara", "elke", "doris", "helga", "christiane", "martina", "simone", "daniela",
        "manuela", "michaela", "kerstin", "katja", "antje", "bettina", "yvonne", "nadine", "corinna", "jutta", "dagmar",
        "astrid", "beate", "anke", "ines", "verena", "theresa", "teresa", "magdalena", "katharina", "elisabeth", "eva",
        "anna", "lena", "leonie", "lara", "marie", "maria", "sophia", "sofia", "sophie", "mila", "clara", "klara", "ida",
        "greta", "frieda", "ella", "paula", "luisa", "louisa", "charlotte", "amelie", "emilia", "maja", "merle", "pia",
        "carla", "helena", "romy", "nele", "annika", "lina", "jule", "julie", "alina", "selina", "celina", "melina",
        "larissa", "michelle", "denise", "janina", "nora", "zoe", "elena", "valentina", "viktoria", "victoria", "alexandra",
        "isabel", "isabell", "isabella", "stella", "lotta", "marlene", "wiebke", "frauke", "imke", "inga", "birte", "britta",
        "kirsten", "sonja", "regina", "rebecca", "rebekka", "ronja", "tina", "steffi", "andi", "basti", "tobi", "flo", "micha", "toni", "conny", "gabi", "sandy", "mandy",
        "anita", "edith", "erika", "gisela", "hannelore", "irmgard", "waltraud", "gerda", "hildegard", "christel", "marianne",
        "veronika", "veronica", "natalie", "nathalie", "natalia", "alena", "aylin", "elif", "ayse", "fatma", "zeynep",
        "merve", "emine", "esra", "derya", "selin", "lieselotte", "liselotte", "annette", "anette", "cornelia", "silvia",
        "sylvia", "carolin", "caroline", "karoline", "katarina", "jacqueline", "jaqueline", "nadja", "nadia",
        "saskia", "tamara", "vera", "lydia", "judith", "esther", "ruth", "hanna", "hannah", "mareike", "friederike",
        "ulrike", "gudrun", "irene", "margit", "margot", "elfriede", "ilse", "anneliese", "rosemarie", "hedwig", "johanne",
        "mehmet", "mustafa", "ahmet", "ali", "murat", "hasan", "huseyin", "hueseyin", "ibrahim", "emre", "yusuf", "burak",
        "cem", "deniz", "kerem", "serkan", "volkan", "okan", "tolga", "baris", "kemal", "hakan", "onur", "orhan", "osman",
        "levent", "sinan", "erkan", "kaan", "seda",
        // English-speaking
        "james", "john", "william", "joseph", "charles", "matthew", "mark", "anthony", "donald", "steven",
        "steve", "andrew", "joshua", "kenneth", "brian", "bryan", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
        "ryan", "gary", "nicholas", "stephen", "larry", "justin", "scott", "brandon", "gregory", "raymond",
        "jerry", "tyler", "aaron", "jose", "adam", "nathan", "douglas", "zachary", "kyle", "ethan", "jeremy", "keith",
        "roger", "terry", "gerald", "harold", "sean", "shawn", "austin", "arthur", "lawrence", "dylan", "jesse", "jordan",
        "billy", "joe", "bruce", "gabriel", "logan", "albert", "alan", "allan", "juan", "wayne", "elijah", "randy", "roy",
        "ralph", "eugene", "russell", "bobby", "mason", "philip", "phil", "dave", "jim", "jimmy", "tommy", "chris", "matt",
        "nick", "dan", "danny", "sam", "alex", "josh", "jake", "luke", "nate", "rob", "bob", "greg", "jeff", "ken", "ted",
        "tony", "andy", "drew", "eddie", "ian", "owen", "liam", "aiden", "caleb", "connor", "evan", "isaac", "jayden",
        "levi", "nolan", "wyatt", "xavier", "derek", "travis", "trevor", "troy", "cody", "chad", "brett", "blake",
        "bradley", "brad", "colin", "craig", "curtis", "dale", "darren", "dean", "derrick", "dustin", "garrett", "jared",
        "joel", "lance", "leo", "marc", "neil", "omar", "preston", "ross", "shane", "spencer", "stuart", "stewart", "todd",
        "wesley", "zach", "zack", "hugh", "harry", "charlie", "archie", "alfie", "jamie", "callum", "declan",
        "kieran", "rhys", "gareth", "graham", "nigel", "malcolm", "duncan", "angus", "fraser", "alastair", "alistair",
        "mary", "patricia", "linda", "elizabeth", "susan", "karen", "nancy", "betty", "margaret", "ashley", "kimberly",
        "emily", "donna", "carol", "amanda", "melissa", "deborah", "dorothy", "sharon", "cynthia", "amy", "kathleen",
        "angela", "shirley", "brenda", "emma", "pamela", "samantha", "katherine", "catherine", "kathryn", "christine",
        "helen", "debra", "rachel", "carolyn", "janet", "diane", "olivia", "joyce", "virginia", "lauren", "kelly", "joan",
        "evelyn", "megan", "cheryl", "martha", "madison", "gloria", "janice", "ann", "anne", "abigail", "frances", "alice",
        "judy", "danielle", "beverly", "marilyn", "diana", "brittany", "kayla", "alexis", "lori", "kate", "katie", "jen",
        "jenny", "jess", "liz", "beth", "meg", "kim", "jill", "chloe", "mia", "ava", "harper", "aria", "riley", "layla",
        "leila", "aurora", "claire", "ellie", "lucy", "paige", "morgan", "taylor", "casey", "robin", "erin", "tara", "tracy",
        "stacy", "stacey", "wendy", "molly", "valerie", "vicky", "whitney", "monica", "naomi", "becky", "kathy", "cathy",
        "sally", "maggie", "jane", "lily", "amelia", "isla", "poppy", "freya", "imogen", "niamh", "siobhan",
        "aoife", "fiona", "kirsty", "gemma", "hayley", "kelsey", "courtney", "brooke", "shannon", "heidi", "mel",
        "tiffany", "carrie", "tammy", "dana", "jodi", "lindsay", "lindsey", "allison", "alison", "jocelyn",
        "priscilla", "hailey", "sydney", "savannah", "audrey", "brianna", "gabriela", "gabrielle", "jasmine",
        "erica", "kristen", "kristin", "tanya", "sonia",
        // Spanish, Italian, French, Portuguese
        "carlos", "miguel", "javier", "antonio", "francisco", "pablo", "diego", "alejandro", "sergio", "jorge",
        "fernando", "ricardo", "eduardo", "raul", "pedro", "andres", "alvaro", "rodrigo", "mateo", "carmen", "lucia",
        "ana", "marta", "alba", "giuseppe", "giovanni", "matteo", "alessandro", "francesco", "lorenzo", "giulia", "chiara",
        "francesca", "alessia", "federica", "pierre", "julien", "antoine", "camille", "manon",
        "mathieu", "guillaume", "francois", "sebastien", "jerome", "thierry", "joao", "tiago", "beatriz", "fernanda",
        "isabela", "juliana", "camila", "valeria", "mariana", "paola",
        // French-speaking Swiss and Belgians, Ticinese: names that are no surname as well ("Rochat Sylvie" is turned round)
        "jean", "sylvie", "isabelle", "philippe", "luc", "yves", "alain", "christophe", "frederic", "olivier", "stephane",
        "didier", "jacques", "gilles", "pascal", "benoit", "cedric", "fabrice", "veronique", "celine", "aurelie", "delphine",
        "helene", "chantal", "martine", "monique", "francoise", "elodie", "emilie", "maxime", "romain", "adrien", "arnaud",
        "remi", "yann", "loic", "jeanne", "sandrine", "virginie", "gianni", "roberto", "stefano", "fabio", "claudio", "davide",
        // Polish, Czech, Russian, Ukrainian, Balkan
        "piotr", "pawel", "tomasz", "krzysztof", "marcin", "michal", "katarzyna", "agnieszka", "malgorzata", "joanna",
        "ewa", "aleksandra", "olga", "irina", "tatiana", "tatjana", "svetlana", "dmitri", "dmitry", "sergei", "sergey",
        "igor", "ivan", "oleg", "andrei", "andrej", "vladimir", "nikolai", "aleksandr", "oleksandr", "olena", "yulia",
        "julija", "dragan", "milan", "nikola", "jelena", "ivana", "marija", "petar", "goran", "zoran", "tomas",
        "jiri", "pavel", "ondrej", "marek", "ljubica", "milica", "dragana", "vesna", "snezana", "dejan", "bojan", "nenad",
        "darko", "zeljko", "branko", "slobodan", "tomislav", "aleksandar", "miroslav", "josip",
        "petr", "vaclav", "jaroslav", "zdenek", "radek", "vojtech", "frantisek", "karel", "ladislav", "stanislav",
        "dusan", "lubos", "radim", "libor", "matej", "stepan", "zuzana", "lenka", "tereza", "katerina", "lucie", "marketa",
        "jitka", "ludmila", "hana", "pavla", "wojciech", "grzegorz", "andrzej", "mateusz", "lukasz", "bartosz", "przemyslaw",
        "dariusz", "slawomir", "zbigniew", "tadeusz", "jacek", "rafal", "dorota", "iwona", "justyna", "karolina", "paulina",
        "zofia", "alicja", "urszula", "halina", "krystyna", "elzbieta", "grazyna", "beata",
        // Hungarian
        "istvan", "laszlo", "zoltan", "gabor", "attila", "janos", "ferenc", "sandor", "jozsef", "tamas", "akos", "balazs",
        "zsolt", "csaba", "gyorgy", "imre", "tibor", "krisztian", "bence", "zsofia", "katalin", "erzsebet", "ildiko",
        "zsuzsanna", "eszter", "agnes", "krisztina", "timea", "reka", "judit", "orsolya",
        // Dutch, Nordic
        "jeroen", "joost", "pieter", "anneke", "janneke", "marieke", "ineke", "mieke", "lieke",
        "sander", "bram", "daan", "sanne", "lotte", "femke", "anouk", "maarten", "wouter",
        "thijs", "ruben", "niels", "anders", "mette", "sigrid", "kristian", "magnus", "mikael", "johan",
        // Irish, Bulgarian and Ukrainian ("o'sullivan, ciaran", "Ivanov, Georgi" are turned round)
        "ciaran", "padraig", "eoin", "cathal", "oisin", "darragh", "cian", "seamus", "sinead", "orla", "caoimhe", "roisin",
        "eimear", "aisling", "saoirse", "brendan", "donal", "colm", "dermot", "fergal", "niall", "conor", "georgi", "dimitar",
        "ivaylo", "hristo", "stoyan", "nikolay", "todor", "plamen", "yordan", "desislava", "taras", "bohdan", "mykola",
        "mykhailo", "andriy", "olha", "iryna", "yaroslav", "volodymyr", "serhii", "vasyl", "dmytro", "petro",
        "ruud", "lieve", "koen", "wim", "joris", "stijn", "henk", "kees", "geert", "rik", "sofie", "annelies", "marleen", "hilde",
        // second-language writers: Arabic, Turkish, Russian, Greek, Romanian and Vietnamese names beside those above
        "imran", "abdullah", "abdul", "hamza", "bilal", "samir", "nabil", "walid", "rami", "fadi", "ziad", "faisal",
        "mahmoud", "nasser", "jamil", "adel", "tamer", "sami", "majid", "salma", "rania", "dina", "mert", "fatih", "gokhan",
        "goekhan", "cengiz", "ercan", "ilker", "ozan", "oezan", "sibel", "ebru", "burcu", "ceren", "oezge", "ozge",
        "ozlem", "dilek", "filiz", "hatice", "nadeshda", "nadezhda", "natascha", "natasha", "ekaterina", "jekaterina",
        "anastasia", "anastasija", "galina", "ljudmila", "larisa", "oksana", "yelena", "alexei", "aleksei", "alexey",
        "maxim", "mikhail", "michail", "yuri", "juri", "boris", "viktor", "vadim", "artem", "evgeny", "jewgeni", "ruslan",
        "timur", "vitali", "vitaly", "giorgos", "georgios", "dimitris", "dimitrios", "konstantinos", "nikos", "nikolaos",
        "yannis", "giannis", "kostas", "christos", "panagiotis", "vasilis", "eleni", "ioana", "andreea",
        "mihai", "bogdan", "cristian", "florin", "gheorghe", "vasile", "radu", "catalin", "razvan", "mihaela", "roxana",
        "oana", "ionut", "sorin", "tuan", "phuong", "quang", "trang", "huy", "khanh", "thao",
        // Arabic, Persian, South and East Asian
        "mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "hassan", "hussein", "karim", "khaled", "khalid",
        "youssef", "yousef", "tarek", "tariq", "amir", "reza", "omid", "aisha", "fatima", "amira", "noor", "nour", "mariam",
        "maryam", "zainab", "leyla", "raj", "rajesh", "ravi", "rahul", "amit", "arjun", "vikram", "sanjay", "suresh",
        "ramesh", "anil", "sunil", "deepak", "vijay", "manoj", "priya", "pooja", "neha", "anjali", "divya", "kavya",
        "sneha", "shreya", "aditi", "ananya", "lakshmi", "meera", "nisha", "sunita", "asha", "kiran", "arun", "karthik",
        "vivek", "rohit", "nikhil", "akash", "aditya", "siddharth", "varun", "pradeep", "prakash", "rajiv", "sandeep",
        "harish", "ashok", "gaurav", "ankit", "rakesh", "mahesh", "dinesh", "ganesh", "srinivas", "venkat", "naveen",
        "hiren", "arvind", "aravind", "sundeep", "sudeep", "ajay", "sachin", "rohan", "nitin", "vinod", "pranav", "kavita",
        "wei", "jing", "xin", "ming", "hiroshi", "takeshi", "kenji", "yuki", "akiko", "haruto", "sakura", "minh",
        "linh", "thanh", "huong", "jin", "seo", "hyun", "ji",
        // Northern German and Frisian
        "hauke", "fiete", "jannes", "hinnerk", "momme", "tjark", "soenke", "meike", "maike", "gesa", "swantje", "silja",
        // met in the blind rounds and common where they come from
        "herbert", "carola", "regula", "corinne", "resi", "franzi", "oezlem", "oemer", "harriet", "reginald",
        "grainne", "jenna", "jon", "rick", "aaliyah", "ishmael", "kasia", "emeka", "olusegun", "krish", "paolo",
        "deshawn", "tyrone", "darnell", "jamal", "latoya", "keisha",
        // Scottish, Welsh and Irish short forms; New Zealand and Pacific, Australian
        "hamish", "ewan", "euan", "alasdair", "lachlan", "ailsa", "morag", "eilidh", "mhairi", "dafydd", "gethin", "rhian",
        "sian", "cerys", "bronwyn", "paddy", "mick", "mitch", "aroha", "ngaio", "tane", "manaia", "wiremu", "anahera",
        "hemi", "sione", "losana",
        // Hebrew, Nordic, Finnish, Estonian and Baltic, the letters that do not fold kept as written
        "noa", "eitan", "yael", "avi", "tamar", "shira", "yossi", "bjørn", "mads", "mikkel",
        "rasmus", "kasper", "frederikke", "mikko", "matti", "pekka", "tuomas", "jukka", "antti", "juha", "kalle", "aino",
        "sanna", "riikka", "tiit", "jaan", "kristjan", "mindaugas", "ruta", "kristine", "ilze", "janis", "paweł", "łukasz",
        "małgorzata", "gosia", "kateryna",
        // French, Italian, Greek, Albanian and Balkan
        "laurent", "dominique", "fabienne", "beatrice", "claude", "genevieve", "pierluigi", "gianluca",
        "arben", "elira", "besnik", "paulo",
        // African, Indonesian, Malay, South Asian beside those above
        "thabo", "sipho", "lerato", "wanjiru", "otieno", "njeri", "kwame", "kofi", "chukwuemeka", "adaeze",
        "ngozi", "chidi", "oluwaseun", "dewi", "budi", "wayan", "putu", "agus", "siti", "ayesha", "deepika",
        "venkatesh", "gurpreet", "harpreet", "manpreet", "muhammed", "mohammadreza",
    };

    // Given names that are also everyday words: a name when they are the whole answer to the name question.
    private static readonly HashSet<string> AlsoWords = new(StringComparer.Ordinal)
    {
        "max", "will", "till", "ernst", "grace", "hope", "may", "june", "april", "august", "jack", "bill", "frank", "jo",
        "mai", "rose", "lily", "ruby", "jade", "miles", "dean", "art", "pat", "sue", "ray", "joy", "faith", "amber", "hunter",
        "dev", "beat",
    };

    /// <summary>Whether the word (folded) is a common given name.</summary>
    public static bool Contains(string folded) => Names.Contains(folded);

    /// <summary>Whether the word (folded), given alone as a name, is a given name: the common ones and those that are
    /// also everyday words.</summary>
    public static bool IsName(string folded) => Names.Contains(folded) || AlsoWords.Contains(folded) ||
                                                folded.Contains('-') && Names.Contains(folded[..folded.IndexOf('-')]);

    /// <summary>Whether word <paramref name="at"/> begins a given name: a common one, or a double name joined by a hyphen
    /// whose first part is one ("anna-lena", "jean-luc"); returns how many words the given name takes.</summary>
    public static int At(string text, FoldedText folded, int at)
    {
        if (at >= folded.Count || !Names.Contains(folded[at].Text))
        {
            return 0;
        }

        var next = at + 1;
        if (next < folded.Count && folded[next - 1].End < text.Length && text[folded[next - 1].End] == '-' && folded[next].Start == folded[next - 1].End + 1 &&
            Names.Contains(folded[next].Text))
        {
            return 2;
        }

        return 1;
    }
}
